import Foundation
import Language

/// Script values inside host values (the instance of a script subclass of `nn.Module` in an
/// `nn.Sequential`): the host value's snapshot embeds the script value's own `ValueSnapshot`, as
/// JSON, in its bytes. The shared objects the embedded value refers to count as the host value's
/// references, and the blobs it was stored with are kept with the host value's entry.
extension ValueSnapshot {
    /// The writer a host value's snapshot writes through: shared objects go to the cell's writer,
    /// script values are stored as the cache stores globals.
    final class EmbeddingWriter: SnapshotWriter {
        private let writer: SharedObjects.Writer
        private let session: Session
        private let depth: Int

        init(writer: SharedObjects.Writer, session: Session, depth: Int) {
            (self.writer, self.session, self.depth) = (writer, session, depth)
        }

        func reference(_ object: AnyObject) throws -> String { try writer.reference(object) }

        func embed(_ value: Value) throws -> [UInt8] {
            let snapshot = try ValueSnapshot.make(value, session: session, writer: writer, depth: depth + 1)
            writer.noteEmbedded(snapshot)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            return [UInt8](try encoder.encode(snapshot))
        }
    }

    /// The reader a host value's snapshot reads through: shared objects from the run's reader,
    /// embedded script values rebuilt as globals are.
    final class EmbeddedReader: SnapshotReader {
        private let restoring: Restoring

        init(restoring: Restoring) { self.restoring = restoring }

        func object(_ id: String) throws -> Any { try restoring.reader.object(id) }

        func embedded(_ bytes: [UInt8]) throws -> Value {
            guard let snapshot = try? JSONDecoder().decode(ValueSnapshot.self, from: Data(bytes)) else {
                throw Unsupported(reason: "a value stored inside a host value is corrupt")
            }
            return try snapshot.value(restoring)
        }
    }
}
