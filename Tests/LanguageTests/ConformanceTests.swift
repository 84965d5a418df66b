import Foundation
import XCTest
@testable import Language

/// Swift is the oracle: every program under `Conformance/accept` is compiled with `swiftc` and
/// run, and the interpreter must print byte-identical output; every program under
/// `Conformance/reject` is rejected by `swiftc`, and the checker must reject it at the same line.
///
/// Compiled programs (and swiftc's verdicts on rejected ones) are cached under
/// `.build/conformance/` by a hash of the program and the compiler's version, so only new or
/// changed programs are compiled, in parallel. `import Foundation` lines are blanked for the
/// interpreter (cells need no imports); line numbers stay the same.
final class ConformanceTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance")
    static let cache = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/conformance")

    func testAcceptedProgramsPrintWhatSwiftPrints() throws {
        let programs = try Self.programs(in: "accept")
        XCTAssertGreaterThan(programs.count, 0)
        let compiled = try Self.compile(programs, checkOnly: false)
        for program in programs {
            guard case .binary(let binary)? = compiled[program] else {
                XCTFail("\(program.lastPathComponent): swiftc rejected it: \(compiled[program].map(String.init(describing:)) ?? "")")
                continue
            }
            let expected = try Self.run(binary)
            let (printed, failure) = interpret(program)
            if let failure {
                XCTFail("\(program.lastPathComponent): the interpreter failed:\n\(failure)\nswiftc's program printed:\n\(expected)")
            } else if printed != expected {
                XCTFail("\(program.lastPathComponent): output differs\n--- swiftc\n\(expected)--- interpreter\n\(printed)")
            }
        }
    }

    func testRejectedProgramsAreRejectedAtSwiftsLine() throws {
        let programs = try Self.programs(in: "reject")
        XCTAssertGreaterThan(programs.count, 0)
        let verdicts = try Self.compile(programs, checkOnly: true)
        for program in programs {
            guard case .rejected(let line)? = verdicts[program] else {
                XCTFail("\(program.lastPathComponent): swiftc accepted it, so it does not belong in reject/")
                continue
            }
            let session = Session { _ in }
            do {
                _ = try session.compile(CellSource(Self.cellText(program), file: program.lastPathComponent))
                XCTFail("\(program.lastPathComponent): the checker accepted it; swiftc rejects line \(line)")
            } catch let failure as LanguageErrors {
                let lines = failure.errors.map(\.location.line)
                XCTAssertTrue(lines.contains(line), "\(program.lastPathComponent): swiftc rejects line \(line), the checker lines \(lines):\n\(failure)")
            }
        }
    }

    // MARK: Running the interpreter

    private func interpret(_ program: URL) -> (String, String?) {
        var printed = ""
        let session = Session { printed += $0 }
        // swiftc names a single-file program's module after the file.
        session.moduleName = program.deletingPathExtension().lastPathComponent
        do {
            _ = try session.run(CellSource(try Self.cellText(program), file: program.lastPathComponent))
            return (printed, nil)
        } catch {
            return (printed, String(describing: error))
        }
    }

    static func cellText(_ program: URL) throws -> String {
        try String(contentsOf: program, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) == "import Foundation" ? "" : String($0) }
            .joined(separator: "\n")
    }

    static func programs(in folder: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: corpus.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "swift" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    // MARK: Compiling with swiftc, cached

    enum Verdict {
        /// swiftc built the program into this binary.
        case binary(URL)
        /// swiftc checked the program without complaint.
        case accepted
        /// swiftc rejected the program; the line of its first error.
        case rejected(line: Int)
    }

    /// Compiles (or, with `checkOnly`, type-checks and runs the compiler's mandatory checks, where
    /// definite initialisation lives) every program not already cached, in
    /// parallel, and returns each program's verdict.
    static func compile(_ programs: [URL], checkOnly: Bool) throws -> [URL: Verdict] {
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let version = try compilerVersion()
        let keys = try programs.map { program -> URL in
            let mode = checkOnly ? "emit-sil" : "build -Onone -module-name \(program.deletingPathExtension().lastPathComponent)"
            let digest = fnv1a(version + mode + (try String(contentsOf: program, encoding: .utf8)))
            return cache.appendingPathComponent(String(digest, radix: 16))
        }
        let lock = NSLock()
        var verdicts: [URL: Verdict] = [:]
        DispatchQueue.concurrentPerform(iterations: programs.count) { index in
            let verdict = verdict(for: programs[index], key: keys[index], checkOnly: checkOnly)
            lock.lock()
            verdicts[programs[index]] = verdict
            lock.unlock()
        }
        return verdicts
    }

    private static func verdict(for program: URL, key: URL, checkOnly: Bool) -> Verdict {
        let rejection = key.appendingPathExtension("rejected")
        if let text = try? String(contentsOf: rejection, encoding: .utf8), let line = Int(text) { return .rejected(line: line) }
        if !checkOnly, FileManager.default.fileExists(atPath: key.path) { return .binary(key) }
        if checkOnly, FileManager.default.fileExists(atPath: key.appendingPathExtension("accepted").path) {
            return .accepted
        }
        let arguments = checkOnly ? ["swiftc", "-emit-sil", "-o", "/dev/null", program.path]
                                      : ["swiftc", "-Onone", "-module-name", program.deletingPathExtension().lastPathComponent,
                                         "-o", key.path + ".tmp", program.path]
        let (status, output) = (try? execute(arguments)) ?? (1, "")
        if status == 0 {
            if checkOnly {
                FileManager.default.createFile(atPath: key.appendingPathExtension("accepted").path, contents: Data())
                return .accepted
            }
            try? FileManager.default.moveItem(atPath: key.path + ".tmp", toPath: key.path)
            return .binary(key)
        }
        let line = firstErrorLine(output, file: program.lastPathComponent) ?? 0
        try? String(line).write(to: rejection, atomically: true, encoding: .utf8)
        return .rejected(line: line)
    }

    /// The line of swiftc's first `file:line:column: error:` message.
    private static func firstErrorLine(_ output: String, file: String) -> Int? {
        for line in output.split(separator: "\n") where line.contains(": error: ") {
            let parts = line.split(separator: ":")
            if parts.count > 2, parts[0].hasSuffix(file), let number = Int(parts[1]) { return number }
        }
        return nil
    }

    private static func compilerVersion() throws -> String {
        let (status, output) = try execute(["swiftc", "--version"])
        guard status == 0 else { throw XCTSkip("swiftc is not available") }
        return output
    }

    static func run(_ binary: URL) throws -> String {
        let (_, output) = try execute([binary.path], mergeErrors: false)
        return output
    }

    private static func execute(_ arguments: [String], mergeErrors: Bool = true) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = mergeErrors ? pipe : FileHandle.nullDevice
        // A cell reads no input; the compiled program gets none either.
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// FNV-1a, 64 bits: a cache key, not a security boundary.
    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
