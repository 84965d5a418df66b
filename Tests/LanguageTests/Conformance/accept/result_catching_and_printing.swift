// Result: init(catching:), map, printing with its arguments inside a collection.
enum ParseError: Error, CustomStringConvertible { case bad(String)
    var description: String { switch self { case .bad(let s): return "bad \(s)" } } }
enum Plain: Error { case oops(code: Int) }
func parse(_ s: String) throws -> Int { guard let n = Int(s) else { throw ParseError.bad(s) }; return n }
let r = Result<Int, Error> { try parse("x") }
print(r)
let r3 = Result { try parse("12") }
print(r3, r3.map { $0 + 1 })
let r4: Result<Int, Plain> = .failure(.oops(code: 3))
print(r4, [r4])
switch r { case .success(let v): print(v); case .failure(let e): print("E:", e) }
if case .failure(let e) = r4 { print(e) }
let results = ["1", "a", "3"].map { s in Result { try parse(s) } }
print(results.compactMap { try? $0.get() })
