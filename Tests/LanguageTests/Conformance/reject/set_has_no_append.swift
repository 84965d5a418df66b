var seen: Set<String> = ["a"]
seen.insert("b")
seen.append("c")
print(seen.count)
