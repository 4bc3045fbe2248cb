/** Options page entry. */
import { render } from 'preact';
import { Options } from './Options';
import '../popup/theme.css';
import './options.css';

const root = document.getElementById('app');
if (root) render(<Options />, root);
