import Foundation
import Language

/// A problem that stops a command before any cell runs (exit status 2): a missing file, document
/// errors, bad `-p` overrides. `message` is ready to print, one `file:line:column: error:` line
/// per problem.
public struct UsageError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// Reads a notebook and applies the project's parameter defaults and `-p` overrides, turning every
/// failure into a located `UsageError`. Diagnostics name the notebook `displayName` (default `file`).
enum NotebookLoader {
    static func load(file: String, displayName: String? = nil, parameters: [String],
                     projectDefaults: [String: String] = [:]) throws -> NotebookDocument {
        let name = displayName ?? file
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw UsageError(message: "\(name): error: no such notebook file")
        }
        var document: NotebookDocument
        do {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw UsageError(message: "\(name):1:1: error: cannot read the notebook (not UTF-8 text?)")
            }
            document = try NotebookDocument.parse(text, file: name)
        } catch let error as DocumentError {
            throw UsageError(message: error.description)
        }
        document.frontMatter = document.frontMatter.applyingProjectDefaults(projectDefaults)
        do {
            document.frontMatter = try document.frontMatter.applyingParameterOverrides(parameters)
        } catch let error as ParameterOverrideError {
            let line = document.frontMatter.params.map(\.line).min().map { max(1, $0 - 1) } ?? 1
            let problems = error.problems.map { "\(SourceLocation(file: name, line: line, column: 1)): error: \($0)" }
            let hint = error.known.isEmpty
                ? "note: the notebook declares no parameters (add them under 'params:' in its front matter)"
                : "note: known parameters: " + error.known.map { "\($0.name): \($0.value.typeName) = \($0.value)" }
                    .joined(separator: ", ")
            throw UsageError(message: (problems + [hint]).joined(separator: "\n"))
        }
        return document
    }
}
