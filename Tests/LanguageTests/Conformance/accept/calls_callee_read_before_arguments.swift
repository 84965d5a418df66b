// A call through a global reads the function it calls before it evaluates the arguments: an
// argument that puts another function in the global changes the next call, not this one. Also
// a recursive call whose argument is a call through the same global, and a count of the calls
// naive recursion makes.
func double(_ x: Int) -> Int { x * 2 }
func triple(_ x: Int) -> Int { x * 3 }
var op: (Int) -> Int = double
func switching(_ x: Int) -> Int {
    op = op(1) == 2 ? triple : double
    return x
}
print(op(switching(5)), op(switching(5)), op(5))

func countdown(_ n: Int) -> Int { n == 0 ? 1 : op(countdown(n - 1)) }
print(countdown(3))

var calls = 0
func noisy(_ n: Int) -> Int {
    calls += 1
    return n < 2 ? n : noisy(n - 1) + noisy(n - 2)
}
print(noisy(15), calls)
