// ES-module face of the API (appended to the core source in dist/gouji.mjs):
//   import gouji from './gouji.mjs'; const r = await gouji.analyze(text, {lang: 'zh'});
const corePromise = GoujiCore();
const opts = (o) => JSON.stringify(o || {});
const gouji = {
  ready: corePromise.then(() => true),
  analyze: (text, options) => corePromise.then((c) => JSON.parse(c.analyze(String(text), opts(options)))),
  analyzeBytes: (bytes, options) => corePromise.then((c) => JSON.parse(c.analyzeBytes(bytes, opts(options)))),
  extract: (text, options) => corePromise.then((c) => JSON.parse(c.extract(String(text), opts(options)))),
  version: () => corePromise.then((c) => c.version()),
};
export default gouji;
export const { analyze, analyzeBytes, extract, version } = gouji;
