struct S {
    static var answer: Int { 42 }
}
S.answer = 3
