// Generic enums keep the arguments the context gives them and print them inside collections.
enum Either<L, R> { case left(L), right(R) }
enum Failure: Error { case bad }
let e: Either<Int, String> = .left(3)
let values: [Either<Int, String>] = [.left(1), .right("x")]
print([e], values)
func parse(_ s: String) -> Result<Int, Failure> { Int(s).map { .success($0) } ?? .failure(.bad) }
print([parse("4"), parse("x")])
func wrap(_ n: Int) -> Either<Int, Double> { n > 0 ? .left(n) : .right(0.5) }
print([wrap(1), wrap(-1)])
let o: Either<[Int], String?> = .left([1])
print([o])
let explicit = Either<Int, String>.right("r")
print([explicit])
