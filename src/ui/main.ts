/** The browser entry point. */
import "uplot/dist/uPlot.min.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/map.css";
import "./styles/panels.css";
import { startApp } from "./app.ts";

const root = document.getElementById("app");
if (root) void startApp(root);
