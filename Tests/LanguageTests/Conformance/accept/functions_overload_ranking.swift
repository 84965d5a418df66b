func f(_ x: Double) -> String { "Double" }
func f(_ x: Int?) -> String { "Int?" }
print(f(1), f(1.5))
func g(_ x: Int, _ y: Double) -> String { "Int,Double" }
func g(_ x: Double, _ y: Int) -> String { "Double,Int" }
print(g(1, 2.5), g(2.5, 1))
func h<T>(_ x: T) -> String { "T" }
func h<T>(_ xs: [T]) -> String { "[T]" }
print(h(1), h([1]))
func k(_ x: Any) -> String { "Any" }
func k(_ x: String) -> String { "String" }
print(k("a"), k(1))
func m(_ x: Float) -> String { "Float" }
func m(_ x: Int) -> String { "Int" }
print(m(1), m(1.5))
