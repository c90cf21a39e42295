CREATE TABLE sample.a (id int);
