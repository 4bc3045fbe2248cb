/** The card's type, in px at the browser's default font size of 16 px: the size every length below is given at. */
export const CARD_TYPE = 13;

/**
 * `px` as laid out at the default font size, in `em` of an element whose own type is `type` px there (for a
 * font-size, its parent's), so that it grows with the reader's font size. A fraction in calc, not a rounded
 * decimal: 380 px stays 380 px exactly.
 */
const em = (px: number, type = CARD_TYPE) => `calc(${px}em / ${type})`;

/**
 * The card's styles, adopted inside its shadow root: page CSS cannot reach in, and a page CSP cannot
 * block them. `all: initial` on the card cuts off inherited page styles too, the page's `color-scheme` with them:
 * the card says its own, and the dark card its scrollbar's colours, which Firefox otherwise draws white.
 * The source list scrolls inside the card, the claim and summary staying above it. A card cut to fit beside its
 * claim (`.cut`, see placeCard) scrolls its body (claim to list) as one instead, between the head and the "Open
 * full view" button, which stay in the card however short it is cut: when the card itself scrolled, one cut to a
 * zoomed window's 200 px had its button half or wholly out of sight, and a list kept to a few lines in what was
 * left had scrolled inside a box itself cut off. A shadow at a scroller's top or bottom edge says there is more
 * to scroll to (the scroll-shadow pattern: covers that move with the content hide shadows that stay with the box
 * once an end is reached).
 * Shown as a popover (see top-layer.ts), the host would get the page's `::backdrop` styles, which a page may give
 * a colour for its own dialogs: the card has none.
 * The claim's own words take four lines at most, two in a cut card: a long quote is on the page beside the card, and
 * had pushed the sources, which are what the card is for, down to one line.
 * A source's relation word ("Differs") floats at the end of its first line, the outlet and date flowing around it
 * (the date whole onto the next line when it does not fit): as the last item of a wrapping flex row, it went alone
 * to a line of its own beside a long date (in Firefox, whose fonts run wider, at the card's full width).
 * Its text is not selectable and it is not printed: a reader's Select All, copy or print of the article
 * must not carry the card along (the full view is where passages are copied from).
 * A quote's wording differences say each change in words only a screen reader reads (`.sr-only`, clipped to
 * nothing: it says nothing of `<ins>` and `<del>` themselves); `.change` holds one change and those words.
 * Under forced colours a passage's matched words take the system's Mark colours: the translucent yellow is not
 * forced away there, and left the card's text black on dark olive.
 * Its type and box follow the reader's default font size (chrome://settings/fonts, Firefox's Fonts settings): in
 * px, a reader who had set 24 px for low vision got a 13 px card. They are in `em` from `.wrap`'s `font-size:
 * medium`, the browser's default size whatever the page sets (`rem` would be the page's root, which many pages
 * make 10 px), so 13 px type on a card 380 px wide at the default 16 px, 19.5 px and 570 px at 24 px. Lines
 * (borders, focus rings) stay in px, as does the 8 px the card keeps from the window's edges (see placeCard).
 */
export const CARD_CSS = `
:host{all:initial}
:host::backdrop{display:none !important}
.wrap{all:initial;font-size:medium;position:fixed;z-index:2147483647;pointer-events:auto;display:block}
.card{color-scheme:light;--bg:#fff;--fg:#1d2127;--muted:#5b6470;--line:#d9dee5;--mark:rgb(255 214 10 / .45);--agree:#0b7d6e;--conflict:#c2410c;--other:#2f6fab;--reword:#7043c9;
  box-sizing:border-box;width:min(${em(380)},calc(100vw - 16px));max-height:min(${em(440)},calc(100vh - 16px));overflow:hidden;display:flex;flex-direction:column;
  background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:${em(10)};
  box-shadow:0 ${em(8)} ${em(28)} rgb(0 0 0 / .22);padding:${em(12)} ${em(14)};font:${em(CARD_TYPE, 16)}/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
  text-align:left;user-select:none;-webkit-user-select:none;cursor:auto;outline:none}
.card.dark{color-scheme:dark;scrollbar-color:#5a616c var(--bg);--bg:#1f2329;--fg:#e8eaed;--muted:#a6adb8;--line:#3a404a;--mark:rgb(255 214 10 / .3);--agree:#4fd1bd;--conflict:#ff9a5c;--other:#7cb7f0;--reword:#b79cff}
.head{display:flex;align-items:center;justify-content:space-between;margin-bottom:${em(6)}}
.badge{font-weight:600;font-size:${em(11)};text-transform:uppercase;letter-spacing:.04em;padding:${em(2, 11)} ${em(8, 11)};border-radius:99px;border:1px solid currentColor}
.rel-agrees .badge,.badge.rel-agrees,.rel.rel-agrees{color:var(--agree)}
.rel-conflicts .badge,.badge.rel-conflicts,.rel.rel-conflicts{color:var(--conflict)}
.badge.rel-vaguer,.badge.rel-more-precise,.rel.rel-vaguer,.rel.rel-more-precise{color:var(--other)}
.rel.rel-earlier-count,.rel.rel-later-count,.badge.rel-other-count{color:var(--muted)}
.badge.rel-reworded,.rel.rel-reworded{color:var(--reword)}
.close{all:unset;cursor:pointer;font-size:${em(18)};line-height:1;padding:0 ${em(4, 18)};color:var(--muted)}
.close:focus-visible,.open:focus-visible{outline:2px solid var(--other);outline-offset:2px}
p{margin:0 0 ${em(6)}}
.claim{font-weight:600;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:4;overflow:hidden}
.value,.summary,.vary,.more,.title,.date,.says{color:var(--muted)}
.summary{border-left:3px solid var(--line);padding-left:${em(8)}}
.body{flex:1 1 auto;min-height:0;overflow:hidden auto;display:flex;flex-direction:column;background:var(--scroll-shadows)}
ul{list-style:none;margin:${em(8)} 0;padding:0;overflow:auto;min-height:5.5em;flex:1 1 auto;background:var(--scroll-shadows)}
.cut ul{overflow:visible;min-height:0;flex:none;background:none}
.cut .claim{-webkit-line-clamp:2}
.card{--scroll-shadows:linear-gradient(var(--bg) 30%,transparent) top/100% ${em(20)} no-repeat local,linear-gradient(transparent,var(--bg) 70%) bottom/100% ${em(20)} no-repeat local,
  radial-gradient(farthest-side at 50% 0,rgb(0 0 0 / .2),transparent) top/100% ${em(8)} no-repeat scroll,radial-gradient(farthest-side at 50% 100%,rgb(0 0 0 / .2),transparent) bottom/100% ${em(8)} no-repeat scroll,var(--bg)}
.head,p,.open{flex:none}
.source{border-top:1px solid var(--line);padding:${em(8)} 0 ${em(4)}}
.meta{display:flow-root;overflow-wrap:anywhere}
.outlet{font-weight:600}.sep{font-weight:400;color:var(--muted)}.date{display:inline-block}
.rel{float:right;margin-left:${em(8, 12)};font-weight:600;font-size:${em(12)};line-height:calc(${CARD_TYPE}em * 1.45 / 12);white-space:nowrap}
.passage{margin:${em(4)} 0 0;padding:0 0 0 ${em(8)};border-left:2px solid var(--line);font-style:normal}
mark{background:var(--mark);color:inherit;border-radius:${em(2)};padding:0 ${em(1)}}
.diff{margin-top:${em(4)}}
ins{background:rgb(15 157 138 / .2);text-decoration:none}
del{background:rgb(232 89 12 / .2)}
.change+.change{margin-left:.3em}
.sr-only{position:absolute;width:1em;height:1em;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.open{all:unset;cursor:pointer;display:inline-block;align-self:flex-start;order:1;margin-top:${em(4)};padding:${em(4)} ${em(10)};border-radius:${em(6)};border:1px solid var(--line);color:var(--fg);font-weight:600}
.open:hover{border-color:var(--other)}
@media print{.wrap{display:none}}
@media (forced-colors:active){mark{background:Mark;color:MarkText}}
`;
