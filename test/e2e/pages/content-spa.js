// A tiny client-side router: links change the URL with history.pushState and swap <main>'s content,
// as single-page apps do; the Back button (popstate) swaps it back.
(function () {
  const view = document.getElementById('view');
  function show(path) {
    const id = path.startsWith('/spa/story') ? 'story-view' : 'home-view';
    view.replaceChildren(document.getElementById(id).content.cloneNode(true));
  }
  document.addEventListener('click', function (event) {
    const link = event.target.closest('nav a');
    if (!link) return;
    event.preventDefault();
    history.pushState({}, '', link.getAttribute('href'));
    // Real apps render after fetching; the delay keeps URL change and content change apart.
    setTimeout(function () {
      show(location.pathname);
    }, 50);
  });
  window.addEventListener('popstate', function () {
    show(location.pathname);
  });
})();
