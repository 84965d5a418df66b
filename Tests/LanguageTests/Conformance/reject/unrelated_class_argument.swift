class A {}
class B {}
func f(_ a: A) {}
f(B())
