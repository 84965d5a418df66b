// Foundation's localizedDescription of errors that give no errorDescription: the type and the error's code.
import Foundation
enum E: Error { case a, b(Int), c }
struct S: Error { let x: Int }
struct L: LocalizedError { var errorDescription: String? { "described" } }
struct L2: LocalizedError { }
enum E2: LocalizedError { case q; var errorDescription: String? { nil } }
print(E.a.localizedDescription)
print(E.c.localizedDescription)
print(E.b(3).localizedDescription)
print(S(x: 1).localizedDescription)
print(L().localizedDescription, L2().localizedDescription, E2.q.localizedDescription)
let e: Error = E.c
print(e.localizedDescription, e)
