namespace Generator.Cli.Serve;

/// <summary>
/// The overlay's stylesheet, served from the preview's own origin so the site's
/// Content-Security-Policy (<c>style-src 'self'</c>) allows it. Long lines wrap, a source
/// line's continuation indented past its line number.
/// </summary>
public static class OverlayStyle
{
    public const string Css = """
        :host { all: initial; }
        .overlay {
          position: fixed; inset: 0; z-index: 2147483647; box-sizing: border-box; overflow: auto;
          padding: 1rem 1.5rem; background: #1b1b1b; color: #f3f3f3;
          font: 14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        }
        header { display: flex; gap: 1rem; align-items: flex-start; justify-content: space-between; }
        h2 { margin: 0; font-size: 1.1rem; color: #ff8080; }
        h3 { margin: 1.25rem 0 0.5rem; font-size: 1rem; }
        h3.error { color: #ff8080; }
        h3.warning { color: #ffd27f; }
        p, h2, h3 { overflow-wrap: anywhere; }
        .state { margin: 0.5rem 0 0; color: #d0d0d0; }
        .close {
          flex: none; font: inherit; color: #1b1b1b; background: #f3f3f3; cursor: pointer;
          border: 2px solid #f3f3f3; border-radius: 4px; padding: 0.2rem 0.8rem;
        }
        .close:hover { background: #ffffff; }
        .close:focus-visible { outline: 3px solid #9fd3ff; outline-offset: 2px; }
        .diagnostics { list-style: none; margin: 0; padding: 0; }
        .diagnostics > li { margin: 0 0 1rem; padding-left: 0.75rem; border-left: 4px solid #ff8080; }
        .diagnostics > li.warning { border-left-color: #ffd27f; }
        .where { margin: 0; font-weight: bold; }
        .message { margin: 0.25rem 0; }
        .context {
          margin: 0.25rem 0; padding: 0.5rem; background: #2b2b2b;
          white-space: pre-wrap; overflow-wrap: anywhere;
        }
        .context .line { display: block; padding-left: 8ch; text-indent: -8ch; }
        .context .at, .context .caret { color: #ffffff; font-weight: bold; }
        .context .caret { color: #ff8080; }
        .hint { margin: 0.25rem 0; color: #9fd3ff; }

        .__serve-not-built { margin: 2rem; font: 16px/1.5 system-ui, sans-serif; }

        """;
}
