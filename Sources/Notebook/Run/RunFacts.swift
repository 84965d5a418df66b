import Foundation
#if !canImport(Accelerate) && canImport(COpenBLAS)
import COpenBLAS
#endif

/// Facts about the machine and the project that the article's footer states so a reader can
/// reproduce the run: commit, operating system, processor, compiler and BLAS. None of them is the
/// clock, so re-runs on the same machine and commit give the same footer.
enum RunFacts {
    /// The short commit of the git repository holding `directory`, with "(uncommitted changes)"
    /// when its tracked files differ from it; nil outside a repository or without git.
    static func commit(of directory: URL) -> String? {
        guard let hash = git(["rev-parse", "--short", "HEAD"], in: directory), !hash.isEmpty else { return nil }
        let changes = git(["status", "--porcelain", "--untracked-files=no"], in: directory) ?? ""
        return changes.isEmpty ? hash : "\(hash) (uncommitted changes)"
    }

    /// `Debian GNU/Linux 12 (bookworm), x86_64, AMD EPYC 9R14 96-Core Processor`.
    static var system: String {
        var parts: [String] = []
        if let release = try? String(contentsOfFile: "/etc/os-release", encoding: .utf8),
           let line = release.split(separator: "\n").first(where: { $0.hasPrefix("PRETTY_NAME=") }) {
            parts.append(line.dropFirst("PRETTY_NAME=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        } else {
            parts.append(ProcessInfo.processInfo.operatingSystemVersionString)
        }
        var name = utsname()
        uname(&name)
        let machine = withUnsafeBytes(of: &name.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if !machine.isEmpty { parts.append(machine) }
        if let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            parts.append(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return parts.joined(separator: ", ")
    }

    /// The Swift compiler the tool was built with, to the minor version.
    static var swiftVersion: String {
        #if compiler(>=6.4)
        return "Swift 6.4 or later"
        #elseif compiler(>=6.3)
        return "Swift 6.3"
        #elseif compiler(>=6.2)
        return "Swift 6.2"
        #elseif compiler(>=6.1)
        return "Swift 6.1"
        #else
        return "Swift 6.0"
        #endif
    }

    /// OpenBLAS's build configuration and the kernel it picked, e.g.
    /// `OpenBLAS 0.3.21 NO_AFFINITY Haswell MAX_THREADS=64 (kernel Haswell)`.
    static var blas: String? {
        #if !canImport(Accelerate) && canImport(COpenBLAS)
        guard let config = openblas_get_config() else { return nil }
        let core = openblas_get_corename().map { String(cString: $0) }
        return String(cString: config) + (core.map { " (kernel \($0))" } ?? "")
        #else
        return "Accelerate"
        #endif
    }

    /// `path` relative to the project root, or when it lies outside, relative to the data root's
    /// parent, so the footer never shows a builder's absolute temporary paths and reads the same
    /// from any working directory.
    static func displayPath(_ path: String, projectRoot: String, dataRoot: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let project = URL(fileURLWithPath: projectRoot).standardizedFileURL.path + "/"
        if absolute.hasPrefix(project) { return String(absolute.dropFirst(project.count)) }
        let root = URL(fileURLWithPath: dataRoot).standardizedFileURL
        let rootPath = root.path + "/"
        if absolute.hasPrefix(rootPath) { return root.lastPathComponent + "/" + absolute.dropFirst(rootPath.count) }
        return URL(fileURLWithPath: absolute).lastPathComponent
    }

    private static func git(_ arguments: [String], in directory: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
