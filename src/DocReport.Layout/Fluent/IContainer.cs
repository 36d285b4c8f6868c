namespace DocReport.Layout;

/// <summary>A slot that takes exactly one element; the extension methods in this namespace fill it.</summary>
public interface IContainer;
