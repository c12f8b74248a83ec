namespace Generator.Cli.Serve;

/// <summary>
/// The script <c>serve</c> adds to every HTML page (and only there): it reloads the page after a
/// good rebuild, and after a failed one shows an overlay with its errors, then its warnings, each
/// with the file, line, column and the lines around it, and whether the last good build is still
/// served or none has succeeded yet. The overlay can be dismissed (its button, which takes the
/// focus, or Escape); the next good build clears it. It sets no inline style, which the site's
/// Content-Security-Policy forbids: it lives in a shadow root (so the site's styles do not reach
/// it) styled by the same-origin stylesheet at <see cref="StylePath"/>.
/// </summary>
public static class LiveReloadScript
{
    public const string Path = "/__serve/live.js";
    public const string EventsPath = "/__serve/events";
    public const string StylePath = "/__serve/overlay.css";
    public const string Tag = "<script src=\"" + Path + "\"></script>";
    public const string OverlayId = "__serve-overlay";

    public const string Source = $$"""
        (() => {
          const events = new EventSource("{{EventsPath}}");
          const add = (parent, tag, className, text) => {
            const node = document.createElement(tag);
            if (className) node.className = className;
            if (text !== undefined) node.textContent = text;
            parent.append(node);
            return node;
          };
          const count = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
          const dismiss = () => document.getElementById("{{OverlayId}}")?.remove();
          const list = (parent, title, kind, diagnostics) => {
            if (diagnostics.length === 0) return;
            add(parent, "h3", kind, `${title} (${diagnostics.length})`);
            const items = add(parent, "ol", "diagnostics");
            for (const d of diagnostics) {
              const item = add(items, "li", kind);
              add(item, "p", "where", `${d.file}(${d.line},${d.column}): ${d.severity} ${d.code}`);
              add(item, "p", "message", d.message);
              if (d.context.length > 0) {
                const lines = add(item, "pre", "context");
                for (const l of d.context) {
                  add(lines, "span", l.line === d.line ? "line at" : "line", `${String(l.line).padStart(5)} | ${l.text}`);
                  if (l.line === d.line) add(lines, "span", "line caret", `      | ${" ".repeat(Math.max(0, d.column - 1))}^`);
                }
              }
              if (d.hint) add(item, "p", "hint", `hint: ${d.hint}`);
            }
          };
          const show = (report) => {
            dismiss();
            const host = document.createElement("div");
            host.id = "{{OverlayId}}";
            const root = host.attachShadow({ mode: "open" });
            const sheet = add(root, "link");
            sheet.rel = "stylesheet";
            sheet.href = "{{StylePath}}";
            const dialog = add(root, "section", "overlay");
            dialog.setAttribute("role", "alertdialog");
            dialog.setAttribute("aria-modal", "true");
            dialog.setAttribute("aria-labelledby", "serve-title");
            dialog.setAttribute("aria-describedby", "serve-state");
            const header = add(dialog, "header");
            add(header, "h2", "title", `Build failed: ${count(report.errors.length, "error")}, ${count(report.warnings.length, "warning")}`).id = "serve-title";
            const close = add(header, "button", "close", "Dismiss");
            close.type = "button";
            close.addEventListener("click", dismiss);
            add(dialog, "p", "state", report.hasLastGoodBuild
              ? "This page is from the last good build, still served. Fix the errors and it reloads."
              : "No build has succeeded yet. Fix the errors and the site loads.").id = "serve-state";
            list(dialog, "Errors", "error", report.errors);
            list(dialog, "Warnings", "warning", report.warnings);
            document.body.append(host);
            close.focus();
          };
          document.addEventListener("keydown", (e) => { if (e.key === "Escape") dismiss(); });
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("errors", (message) => show(JSON.parse(message.data)));
        })();
        """;
}
