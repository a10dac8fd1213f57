// Starts GraphiQL against this server's /graphql. A separate file rather than an inline script, so the page runs
// under the site's Content-Security-Policy (script-src 'self'). Sign in by adding an "Authorization" header in the
// headers tab; subscriptions take the same header as their connection_init payload.
(function () {
  var wsScheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  var headersOf = function () {
    try {
      return JSON.parse(localStorage.getItem('graphiql:headers') || '{}');
    } catch (e) {
      return {};
    }
  };
  var fetcher = GraphiQL.createFetcher({
    url: location.origin + '/graphql',
    subscriptionUrl: wsScheme + '//' + location.host + '/graphql',
    wsConnectionParams: headersOf()
  });
  var defaultQuery = '# The opening chapter with an English translation (see /api/v4/resources/translations)\n'
    + '{\n  chapter(number: 1) {\n    nameSimple\n    verses(limit: 7) {\n      verseKey\n      textUthmani\n'
    + '      translations(ids: [20]) { text }\n    }\n  }\n}\n';
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    defaultEditorToolsVisibility: true,
    isHeadersEditorEnabled: true
  }));
})();
