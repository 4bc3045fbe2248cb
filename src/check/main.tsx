/** Check page entry. */
import { render } from 'preact';
import { CheckText } from './CheckText';
import '../popup/theme.css';
import '../popup/popup.css';
import './check.css';

// The key of a handed text is read once: a reload, or the address copied from history, asks for nothing.
const search = location.search;
if (search !== '') history.replaceState(null, '', location.pathname);

const root = document.getElementById('app');
if (root) render(<CheckText search={search} />, root);
