// META: title=Wrapped test
// META: script=/common/utils.js
// META: timeout=long
//META:script=  spaced.js
test(() => {});
