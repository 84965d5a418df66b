import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive `flock` on `<output>/.cache/lock`, held for a whole run, so two runs never write
/// one cache at the same time. The kernel releases it when the process dies (even by `kill -9`).
final class CacheLock {
    private let descriptor: Int32

    /// Takes the lock, waiting up to `wait` seconds for another run to finish; throws a
    /// `CacheError` that says which directory is busy otherwise.
    init(directory: URL, wait: Double) throws {
        let path = directory.appendingPathComponent("lock").path
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CacheError("cannot open \(path): \(String(cString: strerror(errno)))") }
        let deadline = Date().addingTimeInterval(wait)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                throw CacheError("another notebook run is using \(directory.path) (it holds \(path)); "
                                 + "wait for it to finish, or use another --output directory")
            }
            usleep(100_000)
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// A problem with the cache directory itself (not with one entry, which just means "run again").
public struct CacheError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
