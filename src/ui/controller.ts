/**
 * The game controller: everything between the engine and the screens, with no DOM and no Phaser.
 * It holds the game (setup, state, log, past states and reports), whose turn it is, the pending
 * orders of the human on turn (with undo), hot-seat sequencing with hidden orders, the AI seats,
 * autosave after every turn, and save export and import. Screens read it and call its actions.
 */
import {
  type AgentId,
  checkInject,
  createGame,
  type GameLog,
  type GameState,
  type Inject,
  injectsIn,
  isGameOver,
  logInject,
  logTurn,
  newLog,
  type Order,
  type OrdersByAgent,
  type Rules,
  resolveTurn,
  type TurnReport,
  unlogInject,
} from "../engine/index.ts";
import { debriefHtml } from "../game/debrief.ts";
import { type Difficulty, type GameSetup, humansOf, seatLabel, setupProblems } from "../game/game-setup.ts";
import { type AiNotes, makeSave, parseSave, type SaveFile, saveText } from "../game/save-file.ts";
import { type AiChoice, aiOrders } from "./ai-seat.ts";
import { refusal } from "./order-options.ts";
import { AutosaveSlots, type KeyValueStore } from "./storage.ts";

/** Where the game is. */
export type Phase =
  | { kind: "idle" }
  | { kind: "handoff"; agent: AgentId }
  | { kind: "orders"; agent: AgentId }
  | { kind: "ready" }
  | { kind: "resolved"; turn: number }
  | { kind: "over" };

/** What just happened, for screens that animate. */
export type ControllerEvent = "started" | "changed" | "resolved" | "loaded";

/** A game with an autosave, for the title screen. */
export interface AutosaveEntry {
  id: string;
  /** "Turn 4 of 16 · 2026: the war goes on", "Finished · …", or a note that the save is damaged. */
  summary: string;
}

let gamesStarted = 0;

/** An id for a new game's autosave slot, unique in this browser. */
function newGameId(): string {
  gamesStarted += 1;
  return `${Date.now().toString(36)}-${gamesStarted.toString(36)}`;
}

/** The function that gives an AI country's orders (the AI module, or a stand-in in tests). */
export type AiPlayer = (state: GameState, rules: Rules, agent: AgentId, difficulty: Difficulty) => AiChoice[];

/** The live game and the actions on it. */
export class GameController {
  phase: Phase = { kind: "idle" };
  setup: GameSetup | null = null;
  log: GameLog | null = null;
  notes: AiNotes = {};
  /**
   * states[0] is the start and states[i] the state after the i-th turn played since. The start is
   * the game's setup (turn 1), or a save's state when the game was taken over from one (see `parseSave`).
   */
  states: GameState[] = [];
  /** reports[i] is the report of the turn played from states[i]. */
  reports: TurnReport[] = [];
  /** Why the last game loaded continues from its saved state rather than a replay of its turns (null when it replayed). */
  takenOver: string | null = null;
  /** The last autosave's outcome, for the status line. */
  saveStatus = "";
  private pending: Order[] = [];
  private undoStack: Order[][] = [];
  private submitted: OrdersByAgent = {};
  private waiting: AgentId[] = [];
  private listeners = new Set<(e: ControllerEvent) => void>();
  private readonly slots: AutosaveSlots;
  /** The current game's autosave slot. */
  private gameId = "";

  constructor(
    readonly rules: Rules,
    store: KeyValueStore,
    private readonly ai: AiPlayer = aiOrders,
  ) {
    this.slots = new AutosaveSlots(store);
  }

  /** The current state (throws before a game starts: screens only ask during a game). */
  get state(): GameState {
    const s = this.states[this.states.length - 1];
    if (!s) throw new Error("No game is running.");
    return s;
  }

  /** Whether a game is running. */
  get active(): boolean {
    return this.states.length > 0;
  }

  /** Listen to every change; returns a function that stops listening. */
  subscribe(fn: (e: ControllerEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Start a new game; returns the setup's problems instead if it cannot start. */
  newGame(setup: GameSetup): string[] {
    const problems = setupProblems(this.rules, setup);
    if (problems.length > 0) return problems;
    const state = createGame(this.rules, { seed: setup.seed, scenario: setup.scenario, turns: setup.turns });
    this.setup = setup;
    this.gameId = newGameId();
    this.log = newLog(state.scenario, state.seed, state.turns);
    this.takenOver = null;
    this.notes = {};
    this.states = [state];
    this.reports = [];
    this.autosave();
    this.startTurn();
    this.emit("started");
    return [];
  }

  /** The human-played countries, in hot-seat order. */
  humans(): AgentId[] {
    return this.setup ? humansOf(this.rules, this.setup) : [];
  }

  /** Whether every country is an AI (the spectator mode). */
  get spectating(): boolean {
    return this.active && this.humans().length === 0;
  }

  /** The pending orders of the human on turn; empty in every other phase (orders stay hidden). */
  pendingOrders(): readonly Order[] {
    return this.phase.kind === "orders" ? this.pending : [];
  }

  /** Whether there is an order entry to undo. */
  get canUndo(): boolean {
    return this.phase.kind === "orders" && this.undoStack.length > 0;
  }

  /** Add an order for the human on turn; returns the engine's refusal, or null when added. */
  addOrder(order: Order): string | null {
    if (this.phase.kind !== "orders") return "It is not your turn to give orders.";
    const why = refusal(this.state, this.rules, this.phase.agent, this.pending, order);
    if (why) return why;
    this.undoStack.push(this.pending);
    this.pending = [...this.pending, order];
    this.emit("changed");
    return null;
  }

  /** Take back one pending order. */
  removeOrder(index: number): void {
    if (this.phase.kind !== "orders" || index < 0 || index >= this.pending.length) return;
    this.undoStack.push(this.pending);
    this.pending = this.pending.filter((_, i) => i !== index);
    this.emit("changed");
  }

  /** Undo the last change to the pending orders. */
  undo(): void {
    const previous = this.undoStack.pop();
    if (this.phase.kind !== "orders" || previous === undefined) return;
    this.pending = previous;
    this.emit("changed");
  }

  /** Hot-seat: the named country has the device; show its order panel. */
  takeDevice(): void {
    if (this.phase.kind !== "handoff") return;
    this.phase = { kind: "orders", agent: this.phase.agent };
    this.emit("changed");
  }

  /** Submit the pending orders; the next human gets the device, or the turn resolves. */
  submit(): void {
    if (this.phase.kind !== "orders") return;
    this.submitted[this.phase.agent] = this.pending;
    this.pending = [];
    this.undoStack = [];
    const next = this.waiting.shift();
    if (next !== undefined) {
      this.phase = { kind: "handoff", agent: next };
      this.emit("changed");
    } else {
      this.resolve();
    }
  }

  /** Spectator mode: resolve the next turn, or move on from the last one's report. */
  step(): void {
    if (this.phase.kind === "resolved") this.continueGame();
    if (this.phase.kind === "ready") this.resolve();
  }

  /** After a turn's report: start the next turn, or end the game. */
  continueGame(): void {
    if (this.phase.kind !== "resolved") return;
    this.startTurn();
    this.emit("changed");
  }

  /** The AI's rationales for a turn, by country. */
  notesFor(turn: number): Record<AgentId, string[]> {
    return this.notes[String(turn)] ?? {};
  }

  /** The facilitator's injects, in the order they were added (fired ones included). */
  injects(): readonly Inject[] {
    return this.log?.injects ?? [];
  }

  /**
   * The facilitator injects an event into a turn (this one or a later one): it fires in that
   * turn's events phase, whatever its odds. Returns why it cannot, or null when added (and saved).
   */
  addInject(event: string, turn: number): string | null {
    if (!this.log || !this.active) return "No game is running.";
    const why = checkInject(this.state, this.rules, { event, turn }, this.injects());
    if (why) return why;
    this.log = logInject(this.log, { event, turn });
    this.autosave();
    this.emit("changed");
    return null;
  }

  /** Take back an inject that has not fired yet, by its place in `injects()`; returns why not, or null. */
  cancelInject(index: number): string | null {
    const x = this.injects()[index];
    if (!this.log || !x) return "There is no such inject.";
    if (x.turn < this.state.turn) return "That inject has fired already.";
    this.log = unlogInject(this.log, index);
    this.autosave();
    this.emit("changed");
    return null;
  }

  /** The game's after-action report (a self-contained HTML page), for a debrief. */
  debrief(): string {
    if (!this.setup) throw new Error("No game is running.");
    const setup = this.setup;
    return debriefHtml({
      rules: this.rules,
      playedBy: Object.fromEntries(this.rules.agents.map((a) => [a.id, seatLabel(setup.seats[a.id])])),
      states: this.states,
      reports: this.reports,
      notes: this.notes,
    });
  }

  /** The current game as a save file's text. */
  exportSave(): string {
    return saveText(this.save());
  }

  /** Load a save file's text; returns the error and leaves the current game untouched if it is bad. */
  importSave(text: string): string | null {
    const parsed = parseSave(this.rules, text);
    if (!parsed.ok) return parsed.error;
    this.gameId = newGameId();
    this.adopt(parsed.save, parsed.states, parsed.reports, parsed.takenOver);
    this.autosave();
    return null;
  }

  /** The games with an autosave, most recent first (at most `MAX_AUTOSAVES`). */
  autosaves(): AutosaveEntry[] {
    return this.slots.ids().map((id) => ({ id, summary: this.summaryOf(this.slots.read(id)) }));
  }

  /** Continue a game from its autosave (the most recent by default); returns an error if there is none or it is damaged. */
  loadAutosave(id?: string): string | null {
    const at = id ?? this.slots.ids()[0];
    const text = at === undefined ? null : this.slots.read(at);
    if (at === undefined || text === null) return "There is no saved game.";
    const parsed = parseSave(this.rules, text);
    if (!parsed.ok) return `The autosave cannot be continued. ${parsed.error}`;
    this.gameId = at;
    this.adopt(parsed.save, parsed.states, parsed.reports, parsed.takenOver);
    // Taken over: the autosave now holds the log that starts from its state.
    if (parsed.takenOver) this.autosave();
    return null;
  }

  /** "Turn 4 of 16 · 2026: the war goes on" for a save's text. */
  private summaryOf(text: string | null): string {
    try {
      const save = JSON.parse(text ?? "null") as {
        state?: { turn?: number; turns?: number; scenario?: string; seed?: string };
      } | null;
      const s = save?.state;
      if (!s || typeof s.turn !== "number" || typeof s.turns !== "number") return "A damaged save";
      const name = this.rules.scenarios.find((x) => x.id === s.scenario)?.name ?? String(s.scenario);
      const seed = typeof s.seed === "string" ? ` · seed ${s.seed}` : "";
      return s.turn > s.turns ? `Finished · ${name}${seed}` : `Turn ${s.turn} of ${s.turns} · ${name}${seed}`;
    } catch {
      return "A damaged save";
    }
  }

  private save(): SaveFile {
    if (!this.setup || !this.log) throw new Error("No game is running.");
    return makeSave(this.rules, this.setup, this.log, this.state, this.notes);
  }

  private adopt(save: SaveFile, states: GameState[], reports: TurnReport[], takenOver: string | null): void {
    this.takenOver = takenOver;
    this.setup = save.setup;
    this.log = save.log;
    this.notes = save.notes;
    this.states = states;
    this.reports = reports;
    this.startTurn();
    this.emit("loaded");
  }

  private startTurn(): void {
    this.pending = [];
    this.undoStack = [];
    this.submitted = {};
    if (isGameOver(this.state)) {
      this.phase = { kind: "over" };
      return;
    }
    const humans = this.humans();
    this.waiting = humans.slice(1);
    const first = humans[0];
    if (first === undefined) this.phase = { kind: "ready" };
    else
      this.phase = humans.length > 1 ? { kind: "handoff", agent: first } : { kind: "orders", agent: first };
  }

  private resolve(): void {
    if (!this.setup || !this.log) return;
    const before = this.state;
    const orders: OrdersByAgent = { ...this.submitted };
    const notes: Record<AgentId, string[]> = {};
    for (const a of this.rules.agents) {
      const seat = this.setup.seats[a.id];
      if (seat?.kind !== "ai") continue;
      const choices = this.ai(before, this.rules, a.id, seat.difficulty);
      orders[a.id] = choices.map((c) => c.order);
      notes[a.id] = choices.map((c) => c.rationale);
    }
    const { state, report } = resolveTurn(before, this.rules, orders, {
      injects: injectsIn(this.log, before.turn),
    });
    this.log = logTurn(this.log, orders, report.hash);
    this.notes = { ...this.notes, [String(before.turn)]: notes };
    this.states = [...this.states, state];
    this.reports = [...this.reports, report];
    this.submitted = {};
    this.phase = { kind: "resolved", turn: before.turn };
    this.autosave();
    this.emit("resolved");
  }

  private autosave(): void {
    try {
      this.slots.write(this.gameId, saveText(this.save()));
      const played = this.state.turn - 1;
      this.saveStatus = played === 0 ? "Autosaved." : `Autosaved after turn ${played}.`;
    } catch (e) {
      this.saveStatus = `Autosave failed: ${(e as Error).message}`;
    }
  }

  private emit(e: ControllerEvent): void {
    for (const fn of this.listeners) fn(e);
  }
}
