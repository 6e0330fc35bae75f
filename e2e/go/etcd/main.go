// etcd for the e2e tier: go.etcd.io/etcd/server/v3's own entry point, required by version.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() { etcdmain.Main(os.Args) }
