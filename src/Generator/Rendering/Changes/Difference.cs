namespace Generator.Rendering.Changes;

/// <summary>Items <c>OlderStart</c>.. of the older sequence (<c>OlderCount</c> of them) replaced by <c>NewerCount</c> items from <c>NewerStart</c> of the newer one.</summary>
internal readonly record struct Difference(int OlderStart, int OlderCount, int NewerStart, int NewerCount);
