// The first thing in the head of every page at a default address (/…, no reading in it),
// inlined by scripts/page-html.ts and allowed by its hash in the page's CSP. A static host
// cannot choose a page by the reader's languages, so the page does, before anything of it is
// painted: a reader whose reading is not the one the default address shows (Traditional) is
// sent, with location.replace (so Back skips this address), to the same page at their
// reading's own address, keeping the query and the fragment. The reading is
//
//   1. what an old shared link asked for: ?lang=en, ?script=hans or ?script=hant (the
//      parameter is dropped, and the reader always arrives at the reading's address);
//   2. else the reader's choice, stored by the reading switch (src/lib/reading-choice.ts), or
//      failing that the script and language an older version of the site stored;
//   3. else the browser's languages: zh-CN, zh-SG, zh-MY and zh-Hans read Simplified; zh-TW,
//      zh-HK, zh-MO and zh-Hant Traditional; English before any Chinese reads English;
//      anything else, Traditional.
//
// An address that names a reading is never redirected, nor is a default address returned to
// with Back or Forward. __BASE_PATH__ is the site's base path.
// Plain ES2015 in one function: it runs as written, before the page's scripts.
(function () {
  var base = '__BASE_PATH__';
  var readings = ['zh-hant', 'zh-hans', 'en'];
  var path = location.pathname;
  if (path.slice(0, base.length) !== base) return;
  var rest = path.slice(base.length);
  if (readings.indexOf(rest.split('/')[0]) !== -1) return;
  // Back (or Forward) to a default address returns to the page the reader was reading there,
  // though they may have chosen another reading since.
  var entry = performance.getEntriesByType('navigation')[0];
  if (entry && entry.type === 'back_forward') return;

  function stored() {
    try {
      var chosen = localStorage.getItem('debate-explorer:reading');
      if (readings.indexOf(chosen) !== -1) return chosen;
      var old = JSON.parse(localStorage.getItem('debate-explorer:preferences') || 'null');
      var state = (old && old.state) || {};
      if (state.language === 'en') return 'en';
      if (state.script === 'hans' || state.script === 'hant') return 'zh-' + state.script;
    } catch (_blocked) {
      // Storage blocked, or an entry that is not JSON: no stored choice.
    }
    return null;
  }

  function fromLanguages(tags, chineseOnly) {
    var chinese = false;
    for (var i = 0; i < tags.length; i++) {
      var parts = String(tags[i]).toLowerCase().split(/[-_]/);
      if (parts[0] === 'en' && !chinese && !chineseOnly) return 'en';
      if (parts[0] !== 'zh') continue;
      chinese = true;
      if (parts.indexOf('hans') !== -1) return 'zh-hans';
      if (parts.indexOf('hant') !== -1) return 'zh-hant';
      for (var j = 1; j < parts.length; j++) {
        if (['cn', 'sg', 'my'].indexOf(parts[j]) !== -1) return 'zh-hans';
        if (['tw', 'hk', 'mo'].indexOf(parts[j]) !== -1) return 'zh-hant';
      }
    }
    return 'zh-hant';
  }

  var languages = navigator.languages || [navigator.language || ''];
  var params = new URLSearchParams(location.search);
  var lang = params.get('lang');
  var script = params.get('script');
  var own = stored();
  var linked = null;
  if (lang === 'en') linked = 'en';
  else if (script === 'hans' || script === 'hant') linked = 'zh-' + script;
  else if (lang === 'zh') linked = own && own !== 'en' ? own : fromLanguages(languages, true);
  var reading = linked || own || fromLanguages(languages, false);
  if (!linked && reading === 'zh-hant') return;
  params.delete('lang');
  params.delete('script');
  var query = params.toString();
  // Nothing of this page is to be seen: the reader's reading is on its way.
  document.documentElement.hidden = true;
  location.replace(base + reading + '/' + rest + (query ? '?' + query : '') + location.hash);
})();
