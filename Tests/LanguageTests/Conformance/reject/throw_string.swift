func f() throws {
    throw "bad"
}
try f()
