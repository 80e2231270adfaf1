/** Export the game to a file and import one, through the controller (which validates and replays it). */
import type { UiContext } from "./context.ts";

/** Offer a text as a file to download. */
function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Download the current game as a .json save file. */
export function exportSaveFile(ctx: UiContext): void {
  const c = ctx.controller;
  if (!c.active) return;
  download(
    `corridors-${c.state.scenario}-${c.state.seed}-turn${c.state.turn}.json`,
    c.exportSave(),
    "application/json",
  );
  ctx.app.toast("Save file downloaded.");
}

/** Download the game's after-action report as a self-contained .html page. */
export function exportDebrief(ctx: UiContext): void {
  const c = ctx.controller;
  if (!c.active) return;
  download(`corridors-${c.state.scenario}-${c.state.seed}-debrief.html`, c.debrief(), "text/html");
  ctx.app.toast("Debrief report downloaded.");
}

/** Ask for a save file and load it; a bad file gets an error dialog and the current game stays as it was. */
export function pickSaveFile(ctx: UiContext, onLoaded: () => void): void {
  const input = document.createElement("input");
  input.type = "file";
  input.accept = ".json,application/json";
  input.setAttribute("aria-label", "Save file to load");
  input.id = "save-file-input";
  input.style.display = "none";
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    input.remove();
    if (!file) return;
    loadSaveText(ctx, await file.text(), onLoaded);
  });
  document.body.append(input);
  input.click();
}

/** Load a save file's text, reporting errors in a dialog. */
export function loadSaveText(ctx: UiContext, text: string, onLoaded: () => void): void {
  const error = ctx.controller.importSave(text);
  if (error) {
    ctx.app.error("This save file cannot be loaded", `${error} Your current game has not been changed.`);
    return;
  }
  onLoaded();
  const takenOver = ctx.controller.takenOver;
  if (takenOver) ctx.app.notice("Save file loaded from an earlier version", takenOver);
  else ctx.app.toast("Save file loaded.");
}
