/** Popup entry: renders the view for the tab named by `?tab=`, or the active tab. */
import { render } from 'preact';
import { App } from './App';
import { readTarget } from './popup-target';
import './theme.css';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<App target={readTarget(location.search, location.hash)} />, root);
