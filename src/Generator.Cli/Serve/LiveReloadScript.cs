namespace Generator.Cli.Serve;

/// <summary>
/// The script <c>serve</c> adds to every HTML page (and only there): it reloads the page after a
/// good rebuild and shows every diagnostic of a failed one in an overlay, with the file, line,
/// column and the lines around it; the next good build clears it.
/// </summary>
public static class LiveReloadScript
{
    public const string Path = "/__serve/live.js";
    public const string EventsPath = "/__serve/events";
    public const string Tag = "<script src=\"" + Path + "\"></script>";

    public const string Source = """
        (() => {
          const events = new EventSource("/__serve/events");
          const overlayId = "__serve-overlay";
          const text = (tag, value, style) => {
            const node = document.createElement(tag);
            node.textContent = value;
            if (style) node.setAttribute("style", style);
            return node;
          };
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("errors", (message) => {
            const report = JSON.parse(message.data);
            document.getElementById(overlayId)?.remove();
            const overlay = document.createElement("div");
            overlay.id = overlayId;
            overlay.setAttribute("role", "alertdialog");
            overlay.setAttribute("aria-label", "Build failed");
            overlay.setAttribute("style", "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:#1b1b1b;color:#f3f3f3;font:14px/1.5 ui-monospace,monospace;padding:1.5rem");
            overlay.append(text("h2", `Build failed: ${report.diagnostics.length} problem(s); the last good build is still served`, "color:#ff8080;font-size:1.1rem"));
            for (const d of report.diagnostics) {
              const item = document.createElement("section");
              item.append(text("p", `${d.file}(${d.line},${d.column}): ${d.severity} ${d.code}: ${d.message}`, "font-weight:bold;margin:1rem 0 0.25rem"));
              const lines = d.context.map(l => `${String(l.line).padStart(5)} | ${l.text}` + (l.line === d.line ? `\n      | ${" ".repeat(Math.max(0, d.column - 1))}^` : "")).join("\n");
              if (lines) item.append(text("pre", lines, "margin:0;background:#2b2b2b;padding:0.5rem"));
              if (d.hint) item.append(text("p", `hint: ${d.hint}`, "color:#9fd3ff;margin:0.25rem 0"));
              overlay.append(item);
            }
            document.body.append(overlay);
          });
        })();
        """;
}
