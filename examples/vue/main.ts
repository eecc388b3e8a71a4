// Annals in a Vue 3 application: the tags are custom elements (see vite config in
// scripts/check-examples.mjs: isCustomElement), `data` is set as a property, and the
// `annals-*` events arrive with their detail, typed by annals/vue-types.
import { createApp } from 'vue';
import 'annals/define.js';
import App from './App.vue';

createApp(App).mount('#app');
