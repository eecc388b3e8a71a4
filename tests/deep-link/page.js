// The page side of the deep-link page test: the library and the flagship data, as a page loads them.
await import('/src/define.ts');
const { kazakhstanTurkmenistan } = await import('/data/kazakhstan-turkmenistan.ts');
document.querySelector('annals-timeline').data = kazakhstanTurkmenistan;
