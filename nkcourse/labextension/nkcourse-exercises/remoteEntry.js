/*
 * The course's one front-end piece, written by hand: JupyterLab loads it as a prebuilt ("federated")
 * extension, so it needs no build step and no npm. It does three things that Python widgets cannot:
 *
 * 1. Keys pressed inside an exercise stay in the exercise. JupyterLab's command-mode shortcuts fire
 *    while focus is on a radio button or a checkbox (m turns the cell into Markdown, x cuts it, d d
 *    deletes it, Shift+Enter re-runs it and loses the answer, the arrow keys move to other cells).
 *    Lumino, JupyterLab's toolkit, skips the shortcuts of a key whose target carries the attribute
 *    data-lm-suppress-shortcuts (it walks up from the target and stops at the attribute, but a
 *    shortcut whose selector ends in ":focus" already matches the focused control itself, so the
 *    attribute must be on that control). ipywidgets can set classes but no attributes, so this piece
 *    marks every element with the class nk-exercise, nk-progress or nk-keep-keys, and, just before
 *    JupyterLab sees a key, the element inside one of them that the key was pressed on.
 * 2. Check shows at once that the answer is being checked, and after a few seconds without a reply
 *    says that the kernel may be busy or stopped (a click the kernel never receives is otherwise silent).
 *    The Python side marks each reply (data-nk-reply), which ends the busy state.
 * 3. A widget whose kernel is gone (restart, a notebook reopened the next day, a culled hub kernel)
 *    shows "Error displaying widget: model not found"; a style rule shows instead a line saying to
 *    run the cell. The rule matches a widget output (class jupyter-widgets) that holds text but no
 *    element, which is what the widget manager leaves when it cannot draw the widget; a drawn widget
 *    always holds elements.
 * 4. Screen readers (issue 19). ipywidgets' radio buttons have no group and no group label: in an order
 *    or match exercise every row read "1 (earliest), 2, 3 ..." with nothing tying it to its item. Each
 *    row's options become a radiogroup named by its item and its place ("Position of: the armistice,
 *    item 2 of 5"), each option says "2 of 5"; Tab and Space work as before (no shared name, so every
 *    option stays a Tab stop). A checkbox's text is no longer read twice (ipywidgets repeats it as a title). Feedback, hints and the solution sit in live regions that exist before
 *    their text changes, so a screen reader announces each reply.
 * 5. Plotly's Play/Pause buttons and its slider are SVG a keyboard cannot reach. They become Tab stops:
 *    Enter or Space presses a button; on the slider, the arrow keys, Home and End move one step, to the
 *    first or to the last, and the slider says which step (its label, e.g. the date) it shows.
 */
(function () {
  "use strict";
  var NAME = "nkcourse-exercises";
  var KEEP_KEYS = ".nk-exercise, .nk-progress, .nk-keep-keys";
  var WAIT_MS = 5000;
  // the widget renderer's node once it has given up: its class, its error text and no element inside
  var STALE = ".jp-OutputArea-output.jupyter-widgets:not(:has(*))";
  var CSS = [
    STALE + ' { font-size: 0; line-height: 0; }',
    STALE + '::after {',
    '  content: "Run this cell to show its exercise or table here: click in the cell and press ' +
        'Shift + Enter, or use Run \\2192  Run All Cells.";',
    '  display: block; font-size: var(--jp-content-font-size1); line-height: var(--jp-content-line-height);',
    '  color: var(--jp-ui-font-color1); border-left: 4px solid #999999; padding: 4px 8px; }',
    '.nk-exercise.nk-checking .nk-feedback { flex-direction: column; }',
    '.nk-exercise.nk-checking .nk-feedback::before {',
    '  content: "Checking your answer\\2026"; display: block; font-style: italic; padding: 4px 0; }',
    '.nk-exercise.nk-checking .nk-feedback > * { opacity: 0.45; }',
    '.nk-exercise.nk-no-reply .nk-feedback::before {',
    '  content: "No reply from the kernel yet. It may still be running another cell: wait a moment. ' +
        'If it has stopped, run this exercise\'s cell again (Shift + Enter), or use Kernel \\2192  ' +
        'Restart Kernel and Run All Cells.";',
    '  font-style: normal; border-left: 4px solid #E69F00; padding-left: 8px; }',
    '.js-plotly-plot g.updatemenu-button:focus, .js-plotly-plot g.slider-group:focus { outline: none; }',
    '.js-plotly-plot g.updatemenu-button:focus rect, .js-plotly-plot g.slider-group:focus .slider-rail-rect,',
    '.js-plotly-plot g.slider-group:focus .slider-grip-rect { stroke: #0072B2 !important; stroke-width: 3px !important; }'
  ].join("\n");

  var LIVE = ".nk-exercise .nk-feedback, .nk-exercise .nk-hints, .nk-exercise .nk-solution-text";

  function setAttr(el, name, value) {
    if (el.getAttribute(name) !== value) {
      el.setAttribute(name, value);
    }
  }

  function text(el) {
    return el ? (el.textContent || "").replace(/\s+/g, " ").trim() : "";
  }

  function labelExercise(frame) {
    var rows = frame.querySelectorAll(".nk-row");
    for (var k = 0; k < rows.length; k++) {
      var box = rows[k].querySelector(".widget-radio-box");
      if (!box) {
        continue;
      }
      // the row's tooltip ("Position of: <item>") names the group; ipywidgets puts it on the row's
      // description label or on the row itself, depending on the widget
      var label = rows[k].querySelector(".widget-label");
      var item = text(label);
      var title = (label && label.getAttribute("title")) || rows[k].getAttribute("title") || item;
      setAttr(box, "role", "radiogroup");
      setAttr(box, "aria-label", title + ", item " + (k + 1) + " of " + rows.length);
      var radios = box.querySelectorAll('input[type="radio"]');
      for (var j = 0; j < radios.length; j++) {
        setAttr(radios[j], "aria-posinset", String(j + 1));
        setAttr(radios[j], "aria-setsize", String(radios.length));
      }
    }
    var options = frame.querySelectorAll(".nk-options .widget-radio-box");
    for (var m = 0; m < options.length; m++) {
      setAttr(options[m], "role", "radiogroup");
      setAttr(options[m], "aria-label", text(options[m].parentNode.querySelector(".widget-label")) || "Options");
    }
    // ipywidgets copies a checkbox's text into the box's and the text's title: a screen reader then reads
    // each option twice (its name, then the same words as its description)
    var titled = frame.querySelectorAll('.widget-checkbox input[type="checkbox"][title], .widget-checkbox span[title]');
    for (var t = 0; t < titled.length; t++) {
      titled[t].removeAttribute("title");
    }
    var live = frame.querySelectorAll(LIVE);
    for (var n = 0; n < live.length; n++) {
      setAttr(live[n], "role", "status");
      setAttr(live[n], "aria-live", "polite");
    }
  }

  // --- Plotly's animation controls, by keyboard ---------------------------------------------------

  function press(el) {
    el.dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true, view: window}));
  }

  function sliderOptions(group) {
    var gd = group.closest(".js-plotly-plot");
    var sliders = gd && gd._fullLayout && gd._fullLayout.sliders;
    if (!sliders || !sliders.length) {
      return null;
    }
    var groups = gd.querySelectorAll("g.slider-group");
    var index = Array.prototype.indexOf.call(groups, group);
    return {gd: gd, opts: sliders[index < 0 ? 0 : index]};
  }

  function describeSlider(group) {
    var found = sliderOptions(group);
    if (!found) {
      return;
    }
    var steps = found.opts.steps || [];
    var active = found.opts.active || 0;
    var label = steps[active] ? String(steps[active].label) : "";
    var prefix = found.opts.currentvalue && found.opts.currentvalue.prefix ? found.opts.currentvalue.prefix : "";
    setAttr(group, "aria-valuemin", "1");
    setAttr(group, "aria-valuemax", String(steps.length));
    setAttr(group, "aria-valuenow", String(active + 1));
    setAttr(group, "aria-valuetext", (prefix + label).trim() + " (step " + (active + 1) + " of " + steps.length + ")");
  }

  function moveSlider(group, to) {
    var found = sliderOptions(group);
    if (!found) {
      return;
    }
    var steps = found.opts.steps || [];
    to = Math.max(0, Math.min(steps.length - 1, to));
    var ticks = group.querySelectorAll(".slider-tick-rect");  // one per step
    var touch = group.querySelector(".slider-rail-touch-rect");
    if (!touch || !ticks[to]) {
      return;
    }
    var tick = ticks[to].getBoundingClientRect();
    var rail = touch.getBoundingClientRect();
    var at = {bubbles: true, cancelable: true, view: window, button: 0,
              clientX: tick.left + tick.width / 2, clientY: rail.top + rail.height / 2};
    touch.dispatchEvent(new MouseEvent("mousedown", at));
    found.gd.dispatchEvent(new MouseEvent("mouseup", at));
    setTimeout(function () { describeSlider(group); }, 50);
  }

  function onSliderKey(event) {
    var group = event.currentTarget;
    var found = sliderOptions(group);
    if (!found) {
      return;
    }
    var active = found.opts.active || 0;
    var last = (found.opts.steps || []).length - 1;
    var moves = {ArrowRight: active + 1, ArrowUp: active + 1, ArrowLeft: active - 1, ArrowDown: active - 1,
                 PageUp: active + 5, PageDown: active - 5, Home: 0, End: last};
    if (!(event.key in moves)) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    moveSlider(group, moves[event.key]);
  }

  function onButtonKey(event) {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      event.stopPropagation();
      press(event.currentTarget);
    }
  }

  function keyboardPlot(gd) {
    var buttons = gd.querySelectorAll("g.updatemenu-button");
    for (var i = 0; i < buttons.length; i++) {
      setAttr(buttons[i], "tabindex", "0");
      setAttr(buttons[i], "role", "button");
      setAttr(buttons[i], "aria-label", text(buttons[i]) || "Chart control");
      setAttr(buttons[i], "data-lm-suppress-shortcuts", "true");
      if (!buttons[i]._nkKeys) {
        buttons[i]._nkKeys = true;
        buttons[i].addEventListener("keydown", onButtonKey);
      }
    }
    var sliders = gd.querySelectorAll("g.slider-group");
    for (var j = 0; j < sliders.length; j++) {
      setAttr(sliders[j], "tabindex", "0");
      setAttr(sliders[j], "role", "slider");
      setAttr(sliders[j], "aria-label", "Step of the animation: arrow keys move one step, Home and End to the ends");
      setAttr(sliders[j], "data-lm-suppress-shortcuts", "true");
      describeSlider(sliders[j]);
      if (!sliders[j]._nkKeys) {
        sliders[j]._nkKeys = true;
        sliders[j].addEventListener("keydown", onSliderKey);
      }
    }
  }

  var pending = null;

  function enhanceSoon() {
    if (pending) {
      return;
    }
    pending = setTimeout(function () {
      pending = null;
      var frames = document.querySelectorAll(".nk-exercise");
      for (var i = 0; i < frames.length; i++) {
        labelExercise(frames[i]);
      }
      var plots = document.querySelectorAll(".js-plotly-plot");
      for (var j = 0; j < plots.length; j++) {
        if (plots[j].querySelector("g.updatemenu-button, g.slider-group")) {
          keyboardPlot(plots[j]);
        }
      }
    }, 150);
  }

  function keepKeys(root) {
    if (!root || root.nodeType !== 1) {
      return;
    }
    if (root.matches(KEEP_KEYS) && !root.hasAttribute("data-lm-suppress-shortcuts")) {
      root.setAttribute("data-lm-suppress-shortcuts", "true");
    }
    if (!root.firstElementChild) {
      return;
    }
    var found = root.querySelectorAll(KEEP_KEYS);
    for (var i = 0; i < found.length; i++) {
      if (!found[i].hasAttribute("data-lm-suppress-shortcuts")) {
        found[i].setAttribute("data-lm-suppress-shortcuts", "true");
      }
    }
  }

  function onKeydown(event) {  // window, capture phase: before JupyterLab's handler on the document
    var target = event.target;
    if (target && target.nodeType === 1 && !target.hasAttribute("data-lm-suppress-shortcuts") &&
        target.closest(KEEP_KEYS)) {
      target.setAttribute("data-lm-suppress-shortcuts", "true");
    }
  }

  function onMousedown(event) {
    // A click outside the exercise (on another cell, or beside the exercise) takes the focus out of it,
    // so that the notebook's shortcuts work again there: JupyterLab leaves focus on a control it
    // finds inside the notebook, which would otherwise keep the keys suppressed.
    var active = document.activeElement;
    var target = event.target;
    if (active && active.closest && active.closest(KEEP_KEYS) &&
        !(target && target.nodeType === 1 && target.closest(KEEP_KEYS))) {
      active.blur();
    }
  }

  function reply(frame) {
    var marked = frame.querySelector(".nk-feedback [data-nk-reply]");
    return marked ? marked.getAttribute("data-nk-reply") : "";
  }

  function settle(frame) {
    frame.classList.remove("nk-checking", "nk-no-reply");
    if (frame._nkTimer) {
      clearTimeout(frame._nkTimer);
      frame._nkTimer = null;
    }
  }

  function onClick(event) {
    var target = event.target && event.target.closest ? event.target : null;
    var button = target && target.closest(".nk-exercise button.nk-check");
    if (!button || button.disabled) {
      return;
    }
    var frame = button.closest(".nk-exercise");
    settle(frame);
    frame._nkReply = reply(frame);
    frame.classList.add("nk-checking");
    frame._nkTimer = setTimeout(function () {
      if (frame.classList.contains("nk-checking")) {
        frame.classList.add("nk-no-reply");
      }
    }, WAIT_MS);
  }

  function onMutations(mutations) {
    for (var i = 0; i < mutations.length; i++) {
      var target = mutations[i].target;
      if (mutations[i].type === "attributes") {  // ipywidgets may add its classes after inserting a node
        if (target.matches(KEEP_KEYS) && !target.hasAttribute("data-lm-suppress-shortcuts")) {
          target.setAttribute("data-lm-suppress-shortcuts", "true");
        }
        continue;
      }
      var added = mutations[i].addedNodes;
      for (var j = 0; j < added.length; j++) {
        keepKeys(added[j]);
      }
      if (added.length && target.closest && target.closest(".nk-exercise, .js-plotly-plot, .jp-OutputArea")) {
        enhanceSoon();
      }
    }
    var busy = document.querySelectorAll(".nk-exercise.nk-checking");
    for (var k = 0; k < busy.length; k++) {
      if (reply(busy[k]) !== busy[k]._nkReply) {
        settle(busy[k]);
      }
    }
  }

  function install() {
    if (document.getElementById(NAME + "-style")) {
      return;
    }
    var style = document.createElement("style");
    style.id = NAME + "-style";
    style.textContent = CSS;
    document.head.appendChild(style);
    keepKeys(document.body);
    enhanceSoon();
    new MutationObserver(onMutations).observe(document.body, {
      childList: true, subtree: true, attributes: true, attributeFilter: ["class"]
    });
    document.addEventListener("click", onClick, true);
    window.addEventListener("keydown", onKeydown, true);
    window.addEventListener("mousedown", onMousedown, true);
  }

  var plugin = {
    id: NAME + ":plugin",
    description: "Keeps keys inside the course's exercises, shows a busy state, explains stale widgets.",
    autoStart: true,
    activate: function () {
      install();
    }
  };
  var modules = {
    "./extension": function () {
      return {__esModule: true, default: [plugin]};
    }
  };
  var containers = (window._JUPYTERLAB = window._JUPYTERLAB || {});
  containers[NAME] = {
    init: function () {
      return Promise.resolve();
    },
    get: function (module) {
      var factory = modules[module];
      return factory ? Promise.resolve(factory) : Promise.reject(new Error(NAME + " has no module " + module));
    }
  };
})();
