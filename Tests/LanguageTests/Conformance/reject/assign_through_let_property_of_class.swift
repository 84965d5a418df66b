struct Inner { var v = 0 }
class Holder { let inner = Inner() }
let h = Holder()
h.inner.v = 3
print(h.inner.v)
