// Neither java.compiler (the generated types then carry no @Generated) nor jackson-core (dev.errorcatalog reads it).
module com.example.orders {
  requires dev.errorcatalog;

  provides dev.errorcatalog.Catalog with com.example.orders.PingbackCatalog, com.example.orders.TransformifyCatalog;
}
