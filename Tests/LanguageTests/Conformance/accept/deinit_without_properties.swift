class Token {
    deinit { print("token gone") }
}
class Holder {
    var token: Token? = Token()
}
var token: Token? = Token()
token = nil
print("after token")
var holder: Holder? = Holder()
holder?.token = nil
print("after holder's token")
holder = nil
print("end")
