/**
 * The browser build. Phaser is taken from its sources through Phaser's own "core" entry (WebGL and
 * Canvas renderers, scenes, cameras, input, tweens, Graphics and Text), without sound, physics or
 * the debug hooks: about 200 KB gzip instead of 350 KB for the full bundle. The dev server uses the
 * full bundle.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const phaserCore = fileURLToPath(new URL("./node_modules/phaser/src/phaser-core.js", import.meta.url));

export default defineConfig(({ command }) => ({
  base: "./",
  // The dev server keeps Phaser's ready-made ESM bundle: its dependency optimiser would not apply the flags below.
  resolve: { alias: command === "build" ? [{ find: /^phaser$/, replacement: phaserCore }] : [] },
  // Phaser's sources test these build flags with `typeof FLAG`; a webpack build would define them.
  define: {
    global: "globalThis",
    "typeof CANVAS_RENDERER": JSON.stringify(true),
    "typeof WEBGL_RENDERER": JSON.stringify(true),
    "typeof WEBGL_DEBUG": JSON.stringify(false),
    "typeof FEATURE_SOUND": JSON.stringify(false),
    "typeof PLUGIN_CAMERA3D": JSON.stringify(false),
    "typeof PLUGIN_FBINSTANT": JSON.stringify(false),
  },
  build: {
    outDir: "dist",
    target: "es2022",
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "phaser", test: /node_modules[\\/]phaser/ },
            { name: "engine", test: /src[\\/](engine|rules|ai)|node_modules[\\/](immer|valibot|seedrandom)/ },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
}));
