enum Problem: Error { case bad }
func risky() throws -> Int { throw Problem.bad }
let ok = try? risky()
let value = risky()
print(ok as Any, value)
