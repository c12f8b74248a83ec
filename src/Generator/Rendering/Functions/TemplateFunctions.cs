using Scriban.Functions;
using Scriban.Runtime;

namespace Generator.Rendering.Functions;

/// <summary>
/// Builds, once per build, the builtin object every render shares: Scriban's builtins plus
/// <c>t</c>, <c>url</c>, <c>asset</c>, <c>date</c>, <c>relref</c> and the escaping-aware <c>include</c>.
/// It is only read while rendering, so parallel renders can share it.
/// </summary>
public static class TemplateFunctions
{
    public static ScriptObject CreateBuiltins()
    {
        var builtins = new BuiltinFunctions();
        foreach (var function in new TemplateFunction[] { new TranslateFunction(), new UrlFunction(), new AssetFunction(), new DateFunction(), new DateRangeFunction(), new RelrefFunction(), new SectionPagesFunction(), new GetPageFunction(), new VideoEmbedFunction(), new StaticFileFunction(), new LabelFunction() })
        {
            builtins.SetValue(function.Name, function, readOnly: true);
        }

        builtins.SetValue("include", new RawIncludeFunction(), readOnly: true);
        builtins.SetValue("raw", new RawFunction(), readOnly: true);
        return builtins;
    }
}
