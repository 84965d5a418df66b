import ArgumentParser
import Foundation
import Notebook

/// `notebook clean`: removes the cell cache of an output directory.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Remove the cell cache (output/.cache)."
    )

    @Option(help: ArgumentHelp("The output directory whose cache is removed.", valueName: "dir"))
    var output: String = "output"

    func run() throws {
        do {
            let message = try DiskCellCache.clean(outputDirectory: URL(fileURLWithPath: output, isDirectory: true))
            FileHandle.standardError.write(Data((message + "\n").utf8))
        } catch {
            FileHandle.standardError.write(Data("notebook clean: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
