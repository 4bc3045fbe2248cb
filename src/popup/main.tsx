/** Popup entry: renders the view for the tab named by `?tab=`, or the active tab. */
import { render } from 'preact';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
