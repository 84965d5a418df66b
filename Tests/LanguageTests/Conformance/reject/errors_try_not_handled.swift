enum Problem: Error { case bad }
func risky() throws -> Int { throw Problem.bad }
func caller() -> Int {
    let x = try risky()
    return x
}
print(caller())
