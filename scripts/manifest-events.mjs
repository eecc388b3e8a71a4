#!/usr/bin/env node
// After `cem analyze`: the analyzer reads `dispatchEvent(new AnnalsSelectEvent(id, event))` as an
// event named after the first argument ("id"). Annals' events are the documented `@fires annals-*`:
// keep those only, so Storybook and the generated framework types list the real ones.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(file, 'utf8'));
for (const mod of manifest.modules ?? [])
  for (const d of mod.declarations ?? [])
    if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('annals-'));
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
