struct Sorted<T: Comparable> { var items: [T] = [] }
struct P { var x = 1 }
var s = Sorted<P>()
