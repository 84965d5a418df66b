func first<T>(_ xs: [T]) -> T { xs[0] }
let x: Int = first([1.5, 2.0])
