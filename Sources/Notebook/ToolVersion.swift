/// The version of the notebook tool. It is printed by `notebook --version`, written into the
/// report's reproducibility footer and mixed into every cache key, so a new version never restores
/// results computed by an old one.
public let toolVersion = "0.1.0"
