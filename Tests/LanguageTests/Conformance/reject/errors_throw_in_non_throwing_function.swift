enum Problem: Error { case bad }
func check(_ x: Int) -> Int {
    if x < 0 { throw Problem.bad }
    return x
}
print(check(1))
