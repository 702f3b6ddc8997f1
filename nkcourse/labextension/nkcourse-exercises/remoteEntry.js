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
    '  font-style: normal; border-left: 4px solid #E69F00; padding-left: 8px; }'
  ].join("\n");

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
