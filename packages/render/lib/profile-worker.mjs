// One worker of `q4-render profile --all`: renders the profiles the main thread sends (a municipality code each) and
// writes each page whole (profile-site.mjs).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { renderProfile } from './render.mjs';
import { writeWhole } from './profile-site.mjs';

const { dir, options, stamp } = workerData;
parentPort.on('message', async (code) => {
  try {
    const page = await renderProfile({ ...options, municipality: code, css: '../profile.css' });
    const out = join(dir, code);
    mkdirSync(out, { recursive: true });
    writeWhole(join(out, page.csvFile), page.csv);
    writeWhole(
      join(out, 'index.html'),
      page.html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta name="q4-build" content="${stamp}" />`),
    );
    parentPort.postMessage({ code });
  } catch (error) {
    parentPort.postMessage({ code, error: error.message });
  }
});
