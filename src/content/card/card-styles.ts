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
 * Under forced colours a passage's matched words take the system's Mark colours: the translucent yellow is not
 * forced away there, and left the card's text black on dark olive.
 */
export const CARD_CSS = `
:host{all:initial}
:host::backdrop{display:none !important}
.wrap{all:initial;position:fixed;z-index:2147483647;pointer-events:auto;display:block}
.card{color-scheme:light;--bg:#fff;--fg:#1d2127;--muted:#5b6470;--line:#d9dee5;--mark:rgb(255 214 10 / .45);--agree:#0b7d6e;--conflict:#c2410c;--other:#2f6fab;--reword:#7043c9;
  box-sizing:border-box;width:min(380px,calc(100vw - 16px));max-height:min(440px,calc(100vh - 16px));overflow:hidden;display:flex;flex-direction:column;
  background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:10px;
  box-shadow:0 8px 28px rgb(0 0 0 / .22);padding:12px 14px;font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
  text-align:left;user-select:none;-webkit-user-select:none;cursor:auto;outline:none}
.card.dark{color-scheme:dark;scrollbar-color:#5a616c var(--bg);--bg:#1f2329;--fg:#e8eaed;--muted:#a6adb8;--line:#3a404a;--mark:rgb(255 214 10 / .3);--agree:#4fd1bd;--conflict:#ff9a5c;--other:#7cb7f0;--reword:#b79cff}
.head{display:flex;align-items:center;justify-content:space-between;margin-bottom:6px}
.badge{font-weight:600;font-size:11px;text-transform:uppercase;letter-spacing:.04em;padding:2px 8px;border-radius:99px;border:1px solid currentColor}
.rel-agrees .badge,.badge.rel-agrees,.rel.rel-agrees{color:var(--agree)}
.rel-conflicts .badge,.badge.rel-conflicts,.rel.rel-conflicts{color:var(--conflict)}
.badge.rel-vaguer,.badge.rel-more-precise,.rel.rel-vaguer,.rel.rel-more-precise{color:var(--other)}
.rel.rel-earlier-count,.rel.rel-later-count,.badge.rel-other-count{color:var(--muted)}
.badge.rel-reworded,.rel.rel-reworded{color:var(--reword)}
.close{all:unset;cursor:pointer;font-size:18px;line-height:1;padding:0 4px;color:var(--muted)}
.close:focus-visible,.open:focus-visible{outline:2px solid var(--other);outline-offset:2px}
p{margin:0 0 6px}
.claim{font-weight:600;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:4;overflow:hidden}
.value,.summary,.vary,.more,.title,.date,.says{color:var(--muted)}
.summary{border-left:3px solid var(--line);padding-left:8px}
.body{flex:1 1 auto;min-height:0;overflow:hidden auto;display:flex;flex-direction:column;background:var(--scroll-shadows)}
ul{list-style:none;margin:8px 0;padding:0;overflow:auto;min-height:5.5em;flex:1 1 auto;background:var(--scroll-shadows)}
.cut ul{overflow:visible;min-height:0;flex:none;background:none}
.cut .claim{-webkit-line-clamp:2}
.card{--scroll-shadows:linear-gradient(var(--bg) 30%,transparent) top/100% 20px no-repeat local,linear-gradient(transparent,var(--bg) 70%) bottom/100% 20px no-repeat local,
  radial-gradient(farthest-side at 50% 0,rgb(0 0 0 / .2),transparent) top/100% 8px no-repeat scroll,radial-gradient(farthest-side at 50% 100%,rgb(0 0 0 / .2),transparent) bottom/100% 8px no-repeat scroll,var(--bg)}
.head,p,.open{flex:none}
.source{border-top:1px solid var(--line);padding:8px 0 4px}
.meta{display:flow-root;overflow-wrap:anywhere}
.outlet{font-weight:600}.sep{font-weight:400;color:var(--muted)}.date{display:inline-block}
.rel{float:right;margin-left:8px;font-weight:600;font-size:12px;line-height:calc(13px * 1.45);white-space:nowrap}
.passage{margin:4px 0 0;padding:0 0 0 8px;border-left:2px solid var(--line);font-style:normal}
mark{background:var(--mark);color:inherit;border-radius:2px;padding:0 1px}
.diff{margin-top:4px}
ins{background:rgb(15 157 138 / .2);text-decoration:none}
del{background:rgb(232 89 12 / .2)}
del+ins,ins+del{margin-left:.3em}
.open{all:unset;cursor:pointer;display:inline-block;align-self:flex-start;order:1;margin-top:4px;padding:4px 10px;border-radius:6px;border:1px solid var(--line);color:var(--fg);font-weight:600}
.open:hover{border-color:var(--other)}
@media print{.wrap{display:none}}
@media (forced-colors:active){mark{background:Mark;color:MarkText}}
`;
