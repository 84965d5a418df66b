import ArgumentParser
import Foundation

/// Said by a subcommand whose machinery has not landed yet: a plain message on stderr and exit
/// status 2, never fake output.
func notYetAvailable(_ feature: String) -> ExitCode {
    FileHandle.standardError.write(Data("notebook: \(feature) is not implemented yet.\n".utf8))
    return ExitCode(2)
}
